def make_point_class(dims):
    class Point:
        def __init__(self, *coords):
            if len(coords) != dims:
                raise ValueError(f"need {dims} coordinates, got {len(coords)}")
            self.coords = coords
        def __repr__(self):
            return f"Point{dims}D{self.coords}"
    return Point

P2 = make_point_class(2)
P3 = make_point_class(3)
print(P2(1, 2), P3(1, 2, 3))
print(P2.__init__.__code__.co_freevars, P2.__repr__.__closure__[0].cell_contents)
P2(1)
