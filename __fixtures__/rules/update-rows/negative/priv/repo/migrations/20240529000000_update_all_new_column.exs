defmodule Shop.Repo.Migrations.UpdateAllNewColumn do
  use Ecto.Migration
  import Ecto.Query

  def up do
    alter table(:accounts) do
      add :slug, :string
    end
    flush()
    # Ecto's own spelling of a backfill: the update in the query, [] as the updates, on a column added above.
    from(a in "accounts", update: [set: [slug: "x"]]) |> repo().update_all([])
    from(a in "accounts") |> update([a], set: [slug: "x"]) |> repo().update_all([])
    from(a in "accounts", where: is_nil(a.plan)) |> Ecto.Query.update(set: [plan: "free"]) |> repo().update_all([])

    # repo().update_all(from(a in "accounts", where: is_nil(a.plan)), set: [plan: "free"], inc: counters)
    IO.puts("repo().update_all(\"accounts\", set: [plan: \"free\"], inc: counters)")
  end

  def down do
    repo().update_all(from(a in "accounts", where: is_nil(a.plan)), set: [plan: "free"], inc: counters)
    alter table(:accounts) do
      remove :slug
    end
  end
end
