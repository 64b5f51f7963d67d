"""Old code keeps its __future__ imports; in Python 3 they change nothing."""
from __future__ import print_function, division
from __future__ import absolute_import as absolute
import __future__

print(7 / 2, 7 // 2)
print(absolute, "generator_stop" in __future__.all_feature_names)
print(print_function is __future__.print_function)
