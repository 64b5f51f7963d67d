café = 1
naïve = café + 1
