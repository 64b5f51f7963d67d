s = "the cell and the closure"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("zzz"))
print(s.index("cell"), s.count("the"), s.count("e"))
print("cell" in s, "frame" not in s)
print(s.replace("the", "a"), s.replace("e", "E", 2))
print(s.partition(" and "), s.rpartition("e"))
print(s.index("frame"))
