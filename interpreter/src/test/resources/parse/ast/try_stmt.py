try:
    x = 1
except:
    pass
try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
else:
    y = 2
finally:
    z = 3
try:
    pass
finally:
    pass
try:
    pass
except E as e:
    pass
finally:
    done()
