# Building a formatted report table
employees = [
    ("Ada", "Engineering", 135000, 0.12),
    ("Brian", "Sales", 72000.5, 0.085),
    ("Chen", "Marketing", 88000, 0.1),
    ("Dolores", "Engineering", 142500, 0.15),
]
header = f"{'Name':<10}{'Dept':<14}{'Salary':>12}{'Bonus':>8}{'Total':>14}"
print(header)
print("-" * len(header))
grand = 0
for name, dept, salary, bonus in employees:
    total = salary * (1 + bonus)
    grand += total
    print(f"{name:<10}{dept:<14}{salary:>12,.2f}{bonus:>8.1%}{total:>14,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<36}{grand:>22,.2f}")
by_dept = {}
for name, dept, salary, bonus in employees:
    by_dept.setdefault(dept, []).append(salary)
for dept, salaries in sorted(by_dept.items()):
    avg = sum(salaries) / len(salaries)
    print(f"{dept:.<20}{avg:.>15,.1f}")
