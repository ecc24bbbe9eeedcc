# A traffic light / turnstile state machine
transitions = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
state = "locked"
revenue = 0
events = ["push", "coin", "coin", "push", "push", "coin", "kick", "push"]
for event in events:
    key = (state, event)
    if key not in transitions:
        print(f"{state:>8} --{event}--> ignored")
        continue
    new_state = transitions[key]
    if event == "coin":
        revenue += 1
    print(f"{state:>8} --{event}--> {new_state}")
    state = new_state
print("final:", state, "revenue:", revenue)
light = "red"
order = {"red": "green", "green": "yellow", "yellow": "red"}
durations = {"red": 30, "green": 25, "yellow": 5}
clock = 0
while clock < 150:
    print(f"t={clock:3} {light}")
    clock += durations[light]
    light = order[light]
