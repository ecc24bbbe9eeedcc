# An f-string with an unclosed replacement field
scores = {"sam": 42, "kim": 37}
for user, score in scores.items():
    print(f"{user:>5}: {score}")

best = max(scores, key=scores.get)
user = best
score = scores[best]
print(f"{user} scored {score")
print("unreachable")
