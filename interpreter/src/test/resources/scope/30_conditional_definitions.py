def pick(flag):
    if flag:
        def chosen():
            return "yes"
    else:
        def chosen():
            return "no"
    return chosen
