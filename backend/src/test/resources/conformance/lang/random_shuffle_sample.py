# Card games with seeded shuffles and samples
import random
suits = ["S", "H", "D", "C"]
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]
deck = [r + s for s in suits for r in ranks]
random.seed(99)
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, hand in enumerate(hands, 1):
    print("player", i, hand)
print(deck[:3], deck[-3:])
random.seed(7)
print(random.sample(deck, 4))
print(random.sample(range(1, 50), 6))
team = ["ann", "bob", "cy", "dee", "eve", "fay"]
random.seed(3)
print(random.choice(team), random.sample(team, 3))
random.shuffle(team)
print(team)
random.seed(3)
print(random.choice(team))
