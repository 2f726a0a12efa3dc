defmodule Shop.Repo.Migrations.AgeCheck do
  use Ecto.Migration
  import Ecto.Query

  def change do
    create constraint(:accounts, :age_positive, check: "age > 0") # mg:expect
  end
end
