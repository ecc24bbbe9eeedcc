# break outside of any loop
def search(items, target):
    for item in items:
        if item == target:
            return True
    return False

if search([1, 2], 2):
    break
print("end")
