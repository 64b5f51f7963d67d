print "a" % x
