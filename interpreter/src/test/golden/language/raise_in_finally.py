def cleanup():
    try:
        return 1 / 0
    finally:
        print("cleaning")
        [].pop()


def nested():
    try:
        cleanup()
    except IndexError as e:
        print("got", repr(e), "context", repr(e.__context__))
        raise


nested()
