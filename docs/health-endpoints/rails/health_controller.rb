# app/controllers/health_controller.rb: the health endpoint Migration Guard's `health-url` reads.
# Route it in config/routes.rb:  get "/health", to: "health#show"
#
# 200 {"status":"ok","database":"connected","migrations":{"pending_count":0,"status":"up_to_date"}}
# 503 {"status":"degraded",...,"migrations":{"pending_count":1,"status":"pending","pending_migrations":["20240102000000"]}}
# 503 {"status":"degraded","database":"unreachable",...} when the database cannot be reached.
#
# It reads the primary database's schema_migrations and the migration files only: it never migrates, never
# writes, and shows no connection details. (A multi-database app: repeat for each with `connected_to`.)
class HealthController < ActionController::Base
  def show
    context = ActiveRecord::Base.connection.migration_context
    applied = context.get_all_versions
    pending = context.migrations.map(&:version).reject { |v| applied.include?(v) }.map(&:to_s)
    if pending.empty?
      render json: { status: "ok", database: "connected", migrations: { pending_count: 0, status: "up_to_date" } }
    else
      render json: { status: "degraded", database: "connected",
                     migrations: { pending_count: pending.size, status: "pending", pending_migrations: pending } },
             status: :service_unavailable
    end
  rescue ActiveRecord::ActiveRecordError
    render json: { status: "degraded", database: "unreachable",
                   migrations: { pending_count: nil, status: "unknown" } }, status: :service_unavailable
  end
end
