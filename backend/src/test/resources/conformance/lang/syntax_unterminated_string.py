# A string literal missing its closing quote
greeting = "hello"
print(greeting)
parts = ["a", "b", 'c']
print(" ".join(parts))
message = "this string never ends
print(message)
farewell = "bye"
print(farewell)
print("end")
