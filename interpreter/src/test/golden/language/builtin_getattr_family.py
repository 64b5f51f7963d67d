class Cfg:
    debug = False

c = Cfg()
print(getattr(c, "debug"), getattr(c, "level", 1), hasattr(c, "debug"), hasattr(c, "zz"))
setattr(c, "debug", True)
print(c.debug, Cfg.debug, vars(c))
setattr(Cfg, "shared", "yes")
print(c.shared, "shared" in vars(Cfg))
delattr(c, "debug")
print(c.debug)
print(getattr(c, "level"))
