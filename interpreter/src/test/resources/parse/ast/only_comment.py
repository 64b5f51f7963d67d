

# just a comment
