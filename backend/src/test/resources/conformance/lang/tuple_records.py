# Tuples as lightweight records
cities = [
    ("Tokyo", "Japan", 37.4, (35.68, 139.69)),
    ("Delhi", "India", 31.0, (28.61, 77.21)),
    ("Shanghai", "China", 27.1, (31.23, 121.47)),
    ("Sao Paulo", "Brazil", 22.0, (-23.55, -46.63)),
]
for name, country, pop, (lat, lon) in cities:
    hemisphere = "N" if lat >= 0 else "S"
    print(f"{name:10} {country:7} {pop:5.1f}M {abs(lat):6.2f}{hemisphere} {lon:8.2f}")
largest = max(cities, key=lambda c: c[2])
print("largest:", largest[0])
southern = [c[0] for c in cities if c[3][0] < 0]
print("southern:", southern)
by_country = {country: name for name, country, *_ in cities}
print(by_country)
total = sum(pop for _, _, pop, _ in cities)
print(round(total, 1))
coords = [c[3] for c in cities]
print(sorted(coords))
print(tuple(sorted(c[0] for c in cities)))
