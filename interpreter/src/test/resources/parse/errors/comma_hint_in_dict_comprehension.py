x = {k: v for k, v i vars(_).items()}
