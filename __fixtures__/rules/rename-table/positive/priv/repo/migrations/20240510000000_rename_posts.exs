defmodule Shop.Repo.Migrations.RenamePosts do
  use Ecto.Migration
  import Ecto.Query

  def change do
    rename table(:posts), to: table(:articles) # mg:expect
  end
end
