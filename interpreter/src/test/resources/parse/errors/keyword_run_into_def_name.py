defgen():
    yield
