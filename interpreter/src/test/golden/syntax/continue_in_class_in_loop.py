while True:
    class Inner:
        continue
