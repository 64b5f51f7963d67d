try:
    pass
except E:
 [  return
