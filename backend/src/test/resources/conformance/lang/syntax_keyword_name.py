# Using a keyword as a variable name
seats = {"Economy": 120, "Business": 30}
print("start")
for name, count in seats.items():
    print(name, count)

class = "Economy"
print(class)
print(seats[class])
print("end")
