class Student:
    courses = []
    school = "Central"
    def __init__(self, name):
        self.name = name
    def enroll(self, course):
        self.courses.append(course)

a = Student("ann")
b = Student("bob")
a.enroll("math")
print(b.courses, Student.courses is a.courses)
a.school = "North"
print(a.school, b.school, Student.school)
print(sorted(vars(a)), sorted(vars(b)))
Student.school = "South"
print(a.school, b.school)
del a.school
print(a.school)
try:
    del b.school
except AttributeError as e:
    print("AttributeError:", e)

class Fixed:
    def __init__(self, name):
        self.name = name
        self.courses = []
    def enroll(self, course):
        self.courses.append(course)

x, y = Fixed("x"), Fixed("y")
x.enroll("art")
print(x.courses, y.courses)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count += 10
print(Counter().count, Counter().count, Counter.count)

def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2), add_item.__defaults__)
def add_item_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item_fixed(1), add_item_fixed(2))
