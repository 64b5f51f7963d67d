def f():
    try:
        pass
    except Exception as e:
        def show():
            return e
        return show
