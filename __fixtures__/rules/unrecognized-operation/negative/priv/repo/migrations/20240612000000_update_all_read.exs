defmodule Shop.Repo.Migrations.UpdateAllRead do
  use Ecto.Migration
  import Ecto.Query

  def up do
    from(a in "accounts", where: is_nil(a.plan), update: [set: [plan: "free"], inc: [logins: 1]])
    |> repo().update_all([])
    # repo().update_all(from(a in "accounts"), set: [plan: "free"], inc: counters)
    IO.puts("repo().update_all(from(a in \"accounts\"), set: [plan: \"free\"], inc: counters)")
  end

  def down do
    repo().update_all(from(a in "accounts"), set: [plan: "free"], inc: counters)
  end
end
