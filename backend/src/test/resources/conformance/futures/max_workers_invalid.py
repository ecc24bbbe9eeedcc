from concurrent.futures import ThreadPoolExecutor

try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
try:
    ThreadPoolExecutor(max_workers=-3)
except ValueError as e:
    print("ValueError:", e)
ThreadPoolExecutor(0)
