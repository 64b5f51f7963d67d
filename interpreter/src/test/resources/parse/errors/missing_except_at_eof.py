try:
    import x