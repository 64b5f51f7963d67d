class Guard:
    def __enter__(self):
        print("enter")

    def __exit__(self, *exc):
        print("exit", exc[0])


def first_match(rows, target):
    with Guard():
        for row in rows:
            for col in row:
                if col == target:
                    return col
                if col < 0:
                    break
            else:
                continue
            print("negative row", row)
    return None


print(first_match([[1, 2], [-1, 3], [4, 5]], 4))
print(first_match([[1]], 9))


def drain(queue):
    while queue:
        item = queue.pop()
        try:
            if item == "skip":
                continue
            if item == "stop":
                break
            print("item", item)
        finally:
            print("left", len(queue))
    else:
        print("queue empty")


drain(["a", "stop", "skip", "b"])
drain(["c"])
