b'abc'
B"x\x00y"
rb'\d'
Br'\n'
b'a' b'b'
b'\u00e9'
