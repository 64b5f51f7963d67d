a if b ese c
