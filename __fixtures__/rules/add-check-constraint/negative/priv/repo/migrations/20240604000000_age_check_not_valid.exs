defmodule Shop.Repo.Migrations.AgeCheckNotValid do
  use Ecto.Migration
  import Ecto.Query

  def change do
    create constraint(:accounts, :age_positive, check: "age > 0", validate: false)
  end
end
