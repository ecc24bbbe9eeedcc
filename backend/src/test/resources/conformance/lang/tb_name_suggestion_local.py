# NameError with a suggestion for a near-miss local variable
def summarize(numbers):
    running_total = 0
    for n in numbers:
        running_total += n
    average = runing_total / len(numbers)
    return average

print("summarizing")
print(summarize([1, 2, 3]))
