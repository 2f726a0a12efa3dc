"""The health endpoint Migration Guard's `health-url` reads (Django).

Copy into your project (e.g. `myproject/health.py`) and route it in urls.py:

    from .health import health
    urlpatterns = [..., path("health", health)]

200 {"status":"ok","database":"connected","migrations":{"pending_count":0,"status":"up_to_date"}}
503 {"status":"degraded",...,"migrations":{"pending_count":1,"status":"pending","pending_migrations":["shop.0003_..."]}}
503 {"status":"degraded","database":"unreachable",...} when the database cannot be reached.

Every database in settings.DATABASES counts. It only reads django_migrations and the migration files: it
never migrates, never writes, and shows no connection details.
"""
from django.db import DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def health(request):
    pending = []
    try:
        for alias in connections:
            connection = connections[alias]
            connection.ensure_connection()
            executor = MigrationExecutor(connection)
            plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
            pending += [f"{m.app_label}.{m.name}" for m, backwards in plan if not backwards]
    except DatabaseError:
        return JsonResponse(
            {"status": "degraded", "database": "unreachable",
             "migrations": {"pending_count": None, "status": "unknown"}},
            status=503,
        )
    if not pending:
        return JsonResponse(
            {"status": "ok", "database": "connected",
             "migrations": {"pending_count": 0, "status": "up_to_date"}}
        )
    return JsonResponse(
        {"status": "degraded", "database": "connected",
         "migrations": {"pending_count": len(pending), "status": "pending", "pending_migrations": pending}},
        status=503,
    )
