def bind(*args, **kwargs):
    def call(f):
        return f(*args, **kwargs)
    return call
