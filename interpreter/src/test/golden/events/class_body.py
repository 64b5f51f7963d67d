class C:
    x = 1
    def m(self):
        return self.x

print(C().m())
