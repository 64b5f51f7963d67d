if q   # trailing comment
    pass
