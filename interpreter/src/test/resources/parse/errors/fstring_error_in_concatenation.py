f"{fx, y)}" "plain" f"{z}"
