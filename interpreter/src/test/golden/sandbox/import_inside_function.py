def list_files():
    import os
    return os.listdir(".")

print("calling list_files")
print(list_files())
