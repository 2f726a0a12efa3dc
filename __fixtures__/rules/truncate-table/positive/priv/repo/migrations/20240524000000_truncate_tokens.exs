defmodule Shop.Repo.Migrations.TruncateTokens do
  use Ecto.Migration
  import Ecto.Query

  def up do
    execute "TRUNCATE tokens" # mg:expect
    repo().query!("TRUNCATE api_keys") # mg:expect
  end

  def down do
    :ok
  end
end
