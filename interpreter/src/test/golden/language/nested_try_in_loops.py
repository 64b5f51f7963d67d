def process(batches):
    results = []
    for batch in batches:
        try:
            for item in batch:
                try:
                    if item is None:
                        continue
                    results.append(10 // item)
                except ZeroDivisionError:
                    results.append("div0")
                    if len(results) > 3:
                        break
                finally:
                    results.append("|")
        except TypeError as e:
            results.append(type(e).__name__)
            continue
        else:
            results.append("ok")
    return results


print(process([[1, None, 0], [2, "x", 5], [0, 0, 0]]))
