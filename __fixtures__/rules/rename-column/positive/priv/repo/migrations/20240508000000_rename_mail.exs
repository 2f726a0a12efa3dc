defmodule Shop.Repo.Migrations.RenameMail do
  use Ecto.Migration
  import Ecto.Query

  def change do
    rename table(:accounts), :mail, to: :email # mg:expect
  end
end
