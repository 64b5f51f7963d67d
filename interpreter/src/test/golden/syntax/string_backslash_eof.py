s = "abc\
