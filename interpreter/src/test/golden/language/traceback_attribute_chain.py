class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def __repr__(self):
        return f"Node({self.value})"

def last_value(node):
    while node.next is not None:
        node = node.next
    return node.value

chain = Node(1, Node(2, Node(3)))
print(last_value(chain))
print(chain.next.next.value)
print(chain.next.next.next.value)
