from __future__ import nested_scopes, nonsense
print("never")
