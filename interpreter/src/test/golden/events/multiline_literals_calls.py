def make(name, *,
         size=1,
         tags=()):
    return {"name": name, "size": size, "tags": list(tags)}


config = {
    "alpha": make("a",
                  size=2),
    "beta": make(
        "b",
        tags=("x",
              "y"),
    ),
}
matrix = [
    [1, 2],
    [3,
     4],
]
total = sum(
    value["size"]
    for value in config.values()
)
print(config, matrix, total)
print(config["beta"]
      ["tags"]
      [1])
text = ("hello"
        " "
        "world").upper().split(
    "O")
print(text)
