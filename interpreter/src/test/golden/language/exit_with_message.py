print("about to fail")
raise SystemExit("fatal: something went wrong")
