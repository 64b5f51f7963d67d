f(x for x iny)
