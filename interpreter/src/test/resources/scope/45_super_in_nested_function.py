class A:
    def m(self):
        def helper():
            return super(A, self)
        def uses_class():
            return __class__
        return helper, uses_class
