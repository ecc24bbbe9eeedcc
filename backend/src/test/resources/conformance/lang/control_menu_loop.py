# A scripted command loop
commands = ["add milk", "add eggs", "list", "remove milk", "remove bread", "add tea", "count", "bogus", "quit", "add never"]
shopping = []
for line in commands:
    cmd, _, arg = line.partition(" ")
    if cmd == "quit":
        print("bye")
        break
    elif cmd == "add":
        shopping.append(arg)
        print("added", arg)
    elif cmd == "remove":
        if arg in shopping:
            shopping.remove(arg)
            print("removed", arg)
        else:
            print("not found:", arg)
    elif cmd == "list":
        for i, item in enumerate(shopping, 1):
            print(f"  {i}. {item}")
    elif cmd == "count":
        print(len(shopping), "items")
    else:
        print("unknown command", repr(cmd))
else:
    print("ran out of commands")
print(shopping)
