defmodule Shop.Repo.Migrations.UpdateAllPartlyRead do
  use Ecto.Migration
  import Ecto.Query

  def up do
    # The NULL filter covers plan, but `inc: counters` assigns columns nobody can read here.
    repo().update_all(from(a in "accounts", where: is_nil(a.plan)), set: [plan: "free"], inc: counters) # mg:expect

    # The query's own update: push: overwrites tags, whatever the filter on plan.
    from(a in "accounts", where: is_nil(a.plan), update: [set: [plan: "free"], push: [tags: "new"]]) # mg:expect
    |> repo().update_all()

    # update: [...] in the query, [] as the updates: the query's columns are the ones assigned.
    from(a in "accounts", update: [set: [country: "NL"]]) |> repo().update_all([]) # mg:expect
  end

  def down do
    :ok
  end
end
